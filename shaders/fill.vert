// Area fills. Attributes: a_pos (vec2, metres relative to the scene origin), a_color (vec4, normalised RGBA8).
// a_feature (uint): row in the feature-state texture.
// Uniforms: u_center (vec2, camera centre relative to the origin), u_unitsToClip (vec2, 2 / (viewport * m/px)),
//           u_state (sampler2D), u_stateWidth (int), u_useState (int: 0 ignore, else multiply by the opacity),
//           u_recolour (vec4: alpha > 0 replaces the vertex rgb, the layer colour a user chose; the vertex alpha stays).
#version 330 core
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec4 a_color;
layout(location = 2) in uint a_feature;
uniform vec2 u_center;
uniform vec2 u_unitsToClip;
uniform sampler2D u_state;
uniform int u_stateWidth;
uniform int u_useState;
uniform vec4 u_recolour;
out vec4 v_color;
void main() {
    v_color = u_recolour.a > 0.0 ? vec4(u_recolour.rgb, a_color.a) : a_color;
    if (u_useState > 0) {
        int t = int(a_feature) * 2;
        v_color.a *= texelFetch(u_state, ivec2(t % u_stateWidth, t / u_stateWidth), 0).a;
    }
    gl_Position = vec4((a_pos - u_center) * u_unitsToClip, 0.0, 1.0);
}
