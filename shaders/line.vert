// Lines with a real pixel width: each instance is one segment, extruded here to a quad in framebuffer pixels.
// Per-instance attributes: a_p0, a_p1 (vec2, metres relative to the origin), a_dist0 (float, metres along the line).
// Per-vertex attribute: a_corner (vec2: x = 0 at p0 / 1 at p1, y = -1 / +1 side).
// Per-instance a_feature (uint): row in the feature-state texture; a_ext (vec2): how far the quad reaches past p0
// and past p1, as a fraction of the half width plus the anti-aliased edge (1: a round cap; at a join sin(turn/2),
// which with the neighbour's quad covers the round join — core::appendPolyline).
// Per-vertex a_rgba (vec4, normalised RGBA8; with u_fringe only): an area's colour, for the fringe that
// anti-aliases its edges (core::FillEdge: drawn with no width and no caps, so only the edge's one-pixel ramp shows).
// Uniforms: u_center (vec2), u_metersPerPixel (float, per framebuffer pixel), u_framebuffer (vec2, size in pixels),
//           u_halfWidth (float, framebuffer pixels), u_state (sampler2D: per feature two texels, colour+opacity and
//           dashed/width-scale/highlight), u_stateWidth (int, texels per row), u_useState (int: 0 ignore, 1 opacity
//           only, 2 colour and opacity, 3 band: colour, opacity times the band flag), u_color (vec4, the layer
//           colour; in a fringe, alpha > 0 replaces a_rgba's rgb: a user's colour), u_fringe (bool: an area's edge).
#version 330 core
layout(location = 0) in vec2 a_corner;
layout(location = 1) in vec2 a_p0;
layout(location = 2) in vec2 a_p1;
layout(location = 3) in float a_dist0;
layout(location = 4) in uint a_feature;
layout(location = 5) in vec2 a_ext;
layout(location = 6) in vec4 a_rgba;
uniform vec2 u_center;
uniform sampler2D u_state;
uniform int u_stateWidth;
uniform int u_useState;
uniform vec4 u_color;
uniform float u_metersPerPixel;
uniform vec2 u_framebuffer;
uniform float u_halfWidth;
uniform bool u_fringe;
// The fragment inputs all map programs share (fill.vert):
out vec4 v_a;       // x along the segment from p0, y across (pixels); the segment's length; the distance along
                    // the whole line at p0 (pixels)
flat out vec4 v_b;  // the colour
flat out vec4 v_c;  // dashed (0/1), half width (pixels); z, w unused (the corner: any non-constant value)
void main() {
    vec4 colour = u_color;
    float dashed = 0.0;
    float widthScale = 1.0;
    float opacity = 1.0;  // the feature's
    if (u_useState > 0) {
        int t = int(a_feature) * 2;
        vec4 s0 = texelFetch(u_state, ivec2(t % u_stateWidth, t / u_stateWidth), 0);
        vec4 s1 = texelFetch(u_state, ivec2((t + 1) % u_stateWidth, (t + 1) / u_stateWidth), 0);
        opacity = s0.a;
        colour = u_useState == 2 ? vec4(s0.rgb, u_color.a * s0.a) : vec4(u_color.rgb, u_color.a * s0.a);
        dashed = s1.r;
        widthScale = s1.g * 4.0;
        if (u_useState == 3) {  // a corridor's band drawn to ground width: shown only where its period has one
            colour = vec4(s0.rgb, u_color.a * s0.a * s1.a);
            dashed = 0.0;
            widthScale = 1.0;
        }
    }
    if (u_fringe) {  // an area's edge: its own colour (or the user's), the feature's opacity, no dashes, no width
        colour = vec4(u_color.a > 0.0 ? u_color.rgb : a_rgba.rgb, a_rgba.a * opacity);
        dashed = 0.0;
        widthScale = 1.0;
    }
    float halfWidth = u_halfWidth * widthScale;
    v_b = colour;
    v_c = vec4(dashed, halfWidth, a_corner);
    vec2 s0 = (a_p0 - u_center) / u_metersPerPixel;
    vec2 s1 = (a_p1 - u_center) / u_metersPerPixel;
    vec2 d = s1 - s0;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 nrm = vec2(-dir.y, dir.x);
    float reach = halfWidth + 0.75;  // the anti-aliased edge reaches half a pixel past the half width (and the caps)
    float along = a_corner.x < 0.5 ? -reach * a_ext.x : len + reach * a_ext.y;
    float across = a_corner.y * reach;
    vec2 p = s0 + dir * along + nrm * across;
    v_a = vec4(along, across, len, a_dist0 / u_metersPerPixel);
    gl_Position = vec4(p * 2.0 / u_framebuffer, 0.0, 1.0);
}
