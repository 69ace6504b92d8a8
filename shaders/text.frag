// Label glyphs from a signed-distance-field atlas (0.5 = glyph edge): fill over a halo, both anti-aliased.
// Uniforms: u_atlas (sampler2D, R8). Inputs (shared by all map programs, fill.vert): v_a = atlas position, halo
// width, smoothing; v_b = fill colour; v_c = halo colour.
#version 330 core
in vec4 v_a;
flat in vec4 v_b;
flat in vec4 v_c;
uniform sampler2D u_atlas;
out vec4 o_color;
void main() {
    vec2 uv = v_a.xy;
    vec2 params = v_a.zw;  // halo width, smoothing
    vec4 colour = v_b;
    vec4 haloColour = v_c;
    float sdf = texture(u_atlas, uv).r;
    float smoothing = params.y;
    float fill = smoothstep(0.5 - smoothing, 0.5 + smoothing, sdf);
    float halo = smoothstep(0.5 - params.x - smoothing, 0.5 - params.x + smoothing, sdf);
    vec4 haloColor = vec4(haloColour.rgb, haloColour.a * halo);
    vec4 c = mix(haloColor, vec4(colour.rgb, 1.0), fill);
    float a = max(haloColor.a, fill * colour.a);
    if (a <= 0.003) discard;
    o_color = vec4(c.rgb, a);
}
