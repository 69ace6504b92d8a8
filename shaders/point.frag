// Point symbols: a filled disc with a white ring (towns) or a ring with a centre dot (capitals), anti-aliased.
// Uniforms: u_pixelScale (float). Inputs (shared by all map programs, fill.vert): v_a = offset (pixels), radius
// (pixels), style (0 dot, 1 capital); v_b = colour; v_c = the ring's colour (point.vert's u_ring).
#version 330 core
in vec4 v_a;
flat in vec4 v_b;
flat in vec4 v_c;
uniform float u_pixelScale;
out vec4 o_color;
void main() {
    vec2 offset = v_a.xy;
    float radius = v_a.z;
    float style = v_a.w;
    vec4 colour = v_b;
    vec4 ringColour = v_c;
    float d = length(offset);
    float ring = 1.2 * u_pixelScale;
    float outer = clamp(radius + ring - d + 0.5, 0.0, 1.0);
    float inner = clamp(radius - d + 0.5, 0.0, 1.0);
    vec4 fill = vec4(colour.rgb, 1.0);
    vec4 c = mix(ringColour, fill, inner);
    if (style > 0.5) {
        // capital: dark outer ring, white gap, dark centre dot
        float dot = clamp(radius * 0.45 - d + 0.5, 0.0, 1.0);
        float gap = clamp(radius - 1.5 * u_pixelScale - d + 0.5, 0.0, 1.0);
        c = mix(fill, ringColour, gap);
        c = mix(c, fill, dot);
        c = mix(ringColour, c, inner);
    }
    if (outer <= 0.0) discard;
    o_color = vec4(c.rgb, c.a * outer * colour.a);
}
