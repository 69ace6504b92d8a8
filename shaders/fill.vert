// Area fills. Attributes: a_pos (vec2, metres relative to the scene origin), a_color (vec4, normalised RGBA8).
// a_feature (uint): row in the feature-state texture.
// Uniforms: u_center (vec2, camera centre relative to the origin), u_unitsToClip (vec2, 2 / (viewport * m/px)),
//           u_state (sampler2D), u_stateWidth (int), u_useState (int: 0 ignore, else multiply by the opacity),
//           u_recolour (vec4: alpha > 0 replaces the vertex rgb, the layer colour a user chose; the vertex alpha stays).
//
// The fragment inputs the map programs share (line, point, text; fill with ATLAS_SHARED_INPUTS defined): v_a
// (smooth vec4), v_b and v_c (flat vec4), each component written from non-constant, distinct values and read by the
// fragment shader. llvmpipe compiles one triangle-setup function per distinct set of fragment inputs (their number,
// interpolation and the components read), ~4 ms of LLVM each at a process's first draw, not kept in Mesa's shader
// cache: with one set the programs share one. The fill's two unused inputs cost setup work on every triangle
// (~0.7 ms of a 10 ms window frame), so only the one-picture commands (render, films, handouts) define
// ATLAS_SHARED_INPUTS (render::MapPrograms::build); the window's fill has v_a alone (docs/benchmarks.md).
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
out vec4 v_a;  // the colour
#ifdef ATLAS_SHARED_INPUTS
flat out vec4 v_b;  // unused: the position (four distinct values: the linker merges repeated components)
flat out vec4 v_c;  // unused: the vertex colour (another value than v_b, or the linker would merge the two)
#endif
void main() {
    vec4 colour = u_recolour.a > 0.0 ? vec4(u_recolour.rgb, a_color.a) : a_color;
    if (u_useState > 0) {
        int t = int(a_feature) * 2;
        colour.a *= texelFetch(u_state, ivec2(t % u_stateWidth, t / u_stateWidth), 0).a;
    }
    v_a = colour;
#ifdef ATLAS_SHARED_INPUTS
    v_b = vec4(a_pos, -a_pos);
    v_c = a_color;
#endif
    gl_Position = vec4((a_pos - u_center) * u_unitsToClip, 0.0, 1.0);
}
