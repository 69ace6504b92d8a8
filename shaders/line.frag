// Lines: a capsule distance field gives round joins, round caps and anti-aliased edges; dashes along the line.
// Uniforms: u_dash (vec4: on, off, on, off in px; all 0 = solid), u_dashedPattern (vec4, for features flagged dashed),
//           u_fixedAlpha (>= 0: the alpha written wherever the line covers a pixel; a band's bookkeeping passes),
//           u_zero (float, never set: 0).
// Inputs (shared by all map programs, fill.vert): v_a = local x, y, segment length, distance at p0 (pixels);
// v_b = colour; v_c = dashed, half width (pixels), two unused.
#version 330 core
in vec4 v_a;
flat in vec4 v_b;
flat in vec4 v_c;
uniform vec4 u_dash;
uniform vec4 u_dashedPattern;
uniform float u_fixedAlpha;
uniform float u_zero;
out vec4 o_color;

float dashCoverage(vec4 dash, float s) {
    float period = dash.x + dash.y + dash.z + dash.w;
    if (period <= 0.0) return 1.0;
    float m = mod(s, period);
    // distance (px) from m to the nearest "on" interval; inside an on interval it is negative
    float a = max(-m, m - dash.x);
    float b0 = dash.x + dash.y;
    float b = max(b0 - m, m - (b0 + dash.z));
    float wrap = max(-(m - period), (m - period) - dash.x);  // the next period's first dash
    float d = min(min(a, dash.z > 0.0 ? b : 1e6), wrap);
    return clamp(0.5 - d, 0.0, 1.0);
}

void main() {
    vec2 local = v_a.xy;
    float along = clamp(local.x, 0.0, v_a.z);
    float dist = length(vec2(local.x - along, local.y));
    float coverage = clamp(v_c.y - dist + 0.5, 0.0, 1.0);
    vec4 dash = v_c.x > 0.5 && u_dashedPattern.x > 0.0 ? u_dashedPattern : u_dash;
    coverage *= dashCoverage(dash, v_a.w + along);
    if (coverage * v_b.a <= 0.0) discard;
    // v_c.zw (finite) are read, times zero, only so that this program has the others' fragment inputs (fill.vert).
    o_color = vec4(v_b.rgb, u_fixedAlpha >= 0.0 ? u_fixedAlpha : v_b.a * coverage) + u_zero * vec4(v_c.zw, 0.0, 0.0);
}
