// Point symbols: a filled disc with a white ring (towns) or a ring with a centre dot (capitals), anti-aliased.
// Uniforms: u_pixelScale (float), u_ring (vec4, ring colour).
#version 330 core
in vec2 v_offset;
in float v_radius;
in vec4 v_color;
in float v_style;
uniform float u_pixelScale;
uniform vec4 u_ring;
out vec4 o_color;
void main() {
    float d = length(v_offset);
    float ring = 1.2 * u_pixelScale;
    float outer = clamp(v_radius + ring - d + 0.5, 0.0, 1.0);
    float inner = clamp(v_radius - d + 0.5, 0.0, 1.0);
    vec4 fill = vec4(v_color.rgb, 1.0);
    vec4 c = mix(u_ring, fill, inner);
    if (v_style > 0.5) {
        // capital: dark outer ring, white gap, dark centre dot
        float dot = clamp(v_radius * 0.45 - d + 0.5, 0.0, 1.0);
        float gap = clamp(v_radius - 1.5 * u_pixelScale - d + 0.5, 0.0, 1.0);
        c = mix(fill, u_ring, gap);
        c = mix(c, fill, dot);
        c = mix(u_ring, c, inner);
    }
    if (outer <= 0.0) discard;
    o_color = vec4(c.rgb, c.a * outer * v_color.a);
}
