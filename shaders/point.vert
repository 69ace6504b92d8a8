// Point symbols as instanced quads. Per-instance: a_pos (vec2, metres relative to the origin), a_radius (float,
// logical px), a_color (vec4), a_style (float: 0 dot, 1 capital). Per-vertex: a_corner (vec2: x in {0,1}, y in {-1,1}; remapped to [-1,1]^2).
// Uniforms: u_center (vec2), u_metersPerPixel (float, per framebuffer px), u_framebuffer (vec2), u_pixelScale (float).
#version 330 core
layout(location = 0) in vec2 a_corner;
layout(location = 1) in vec2 a_pos;
layout(location = 2) in float a_radius;
layout(location = 3) in vec4 a_color;
layout(location = 4) in float a_style;
uniform vec2 u_center;
uniform float u_metersPerPixel;
uniform vec2 u_framebuffer;
uniform float u_pixelScale;
out vec2 v_offset;
out float v_radius;
out vec4 v_color;
out float v_style;
void main() {
    float r = a_radius * u_pixelScale;
    float reach = r + 2.0 * u_pixelScale;
    vec2 corner = vec2(a_corner.x * 2.0 - 1.0, a_corner.y);
    vec2 s = (a_pos - u_center) / u_metersPerPixel + corner * reach;
    v_offset = corner * reach;
    v_radius = r;
    v_color = a_color;
    v_style = a_style;
    gl_Position = vec4(s * 2.0 / u_framebuffer, 0.0, 1.0);
}
