// Label glyphs as quads. Attributes: a_pos (vec2, framebuffer px, y down), a_uv (vec2, atlas texels normalised),
// a_color (vec4 fill), a_halo (vec4 halo colour), a_params (vec2: halo width, smoothing; both in SDF units).
// Uniforms: u_framebuffer (vec2).
#version 330 core
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec4 a_halo;
layout(location = 4) in vec2 a_params;
uniform vec2 u_framebuffer;
// The fragment inputs all map programs share (fill.vert):
out vec4 v_a;       // atlas position, halo width and smoothing
flat out vec4 v_b;  // fill colour
flat out vec4 v_c;  // halo colour
void main() {
    v_a = vec4(a_uv, a_params);
    v_b = a_color;
    v_c = a_halo;
    vec2 clip = vec2(a_pos.x / u_framebuffer.x * 2.0 - 1.0, 1.0 - a_pos.y / u_framebuffer.y * 2.0);
    gl_Position = vec4(clip, 0.0, 1.0);
}
