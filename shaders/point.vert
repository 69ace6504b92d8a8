// Point symbols as instanced quads. Per-instance: a_pos (vec2, metres relative to the origin), a_radius (float,
// logical px), a_color (vec4), a_style (float: 0 dot, 1 capital). Per-vertex: a_corner (vec2: x in {0,1}, y in {-1,1}; remapped to [-1,1]^2).
// a_feature (uint, per instance): row in the feature-state texture (colour and opacity; highlight and width scale enlarge the symbol).
// Uniforms: u_center (vec2), u_metersPerPixel (float, per framebuffer px), u_framebuffer (vec2), u_pixelScale (float),
//           u_state (sampler2D), u_stateWidth (int), u_useState (int).
#version 330 core
layout(location = 0) in vec2 a_corner;
layout(location = 1) in vec2 a_pos;
layout(location = 2) in float a_radius;
layout(location = 3) in vec4 a_color;
layout(location = 4) in float a_style;
layout(location = 5) in uint a_feature;
uniform sampler2D u_state;
uniform int u_stateWidth;
uniform int u_useState;
uniform vec2 u_center;
uniform float u_metersPerPixel;
uniform vec2 u_framebuffer;
uniform float u_pixelScale;
uniform vec4 u_ring;  // the ring's colour, passed on in v_c
// The fragment inputs all map programs share (fill.vert):
out vec4 v_a;       // offset from the centre (pixels), radius (pixels), style
flat out vec4 v_b;  // the colour
flat out vec4 v_c;  // the ring's colour
void main() {
    float opacity = 1.0;
    float grow = 1.0;
    vec3 colour = a_color.rgb;
    if (u_useState > 0) {
        int t = int(a_feature) * 2;
        vec4 s0 = texelFetch(u_state, ivec2(t % u_stateWidth, t / u_stateWidth), 0);
        opacity = s0.a;
        colour = s0.rgb;  // the feature's colour this frame (the theme's, or the one the user chose for places)
        vec4 s1 = texelFetch(u_state, ivec2((t + 1) % u_stateWidth, (t + 1) / u_stateWidth), 0);
        // highlight enlarges; width scale (g, stored /4) sizes a place by its mentions when the user asks
        grow = (s1.b > 0.5 ? 1.35 : 1.0) * max(s1.g * 4.0, 0.25);
    }
    float r = a_radius * u_pixelScale * grow;
    float reach = r + 2.0 * u_pixelScale;
    vec2 corner = vec2(a_corner.x * 2.0 - 1.0, a_corner.y);
    vec2 s = (a_pos - u_center) / u_metersPerPixel + corner * reach;
    v_a = vec4(corner * reach, r, a_style);
    v_b = vec4(colour, a_color.a * opacity);
    v_c = u_ring;
    gl_Position = vec4(s * 2.0 / u_framebuffer, 0.0, 1.0);
}
