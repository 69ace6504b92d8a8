// Label glyphs from a signed-distance-field atlas (0.5 = glyph edge): fill over a halo, both anti-aliased.
// Uniforms: u_atlas (sampler2D, R8).
#version 330 core
in vec2 v_uv;
in vec4 v_color;
in vec4 v_halo;
in vec2 v_params;
uniform sampler2D u_atlas;
out vec4 o_color;
void main() {
    float sdf = texture(u_atlas, v_uv).r;
    float smoothing = v_params.y;
    float fill = smoothstep(0.5 - smoothing, 0.5 + smoothing, sdf);
    float halo = smoothstep(0.5 - v_params.x - smoothing, 0.5 - v_params.x + smoothing, sdf);
    vec4 haloColor = vec4(v_halo.rgb, v_halo.a * halo);
    vec4 c = mix(haloColor, vec4(v_color.rgb, 1.0), fill);
    float a = max(haloColor.a, fill * v_color.a);
    if (a <= 0.003) discard;
    o_color = vec4(c.rgb, a);
}
