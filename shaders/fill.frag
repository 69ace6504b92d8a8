// Area fills: the vertex colour times a layer opacity. Uniforms: u_opacity (float), u_zero (float, never set: 0).
#version 330 core
in vec4 v_a;  // the colour
#ifdef ATLAS_SHARED_INPUTS
flat in vec4 v_b;
flat in vec4 v_c;
uniform float u_zero;
#endif
uniform float u_opacity;
out vec4 o_color;
void main() {
    o_color = vec4(v_a.rgb, v_a.a * u_opacity);
#ifdef ATLAS_SHARED_INPUTS
    // v_b and v_c (finite) are read, times zero, only so that this program has the others' inputs (fill.vert).
    o_color += u_zero * (v_b + v_c);
#endif
}
