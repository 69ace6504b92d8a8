// Lines: a capsule distance field gives round joins, round caps and anti-aliased edges; dashes along the line.
// Uniforms: u_dash (vec4: on, off, on, off in px; all 0 = solid), u_dashedPattern (vec4, for features flagged dashed),
//           u_fixedAlpha (>= 0: the alpha written wherever the line covers a pixel; a band's bookkeeping passes).
#version 330 core
in vec2 v_local;
in float v_length;
in float v_dist0;
flat in vec4 v_color;
flat in float v_dashed;
flat in float v_halfWidth;
uniform vec4 u_dash;
uniform vec4 u_dashedPattern;
uniform float u_fixedAlpha;
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
    float along = clamp(v_local.x, 0.0, v_length);
    float dist = length(vec2(v_local.x - along, v_local.y));
    float coverage = clamp(v_halfWidth - dist + 0.5, 0.0, 1.0);
    vec4 dash = v_dashed > 0.5 && u_dashedPattern.x > 0.0 ? u_dashedPattern : u_dash;
    coverage *= dashCoverage(dash, v_dist0 + along);
    if (coverage * v_color.a <= 0.0) discard;
    o_color = vec4(v_color.rgb, u_fixedAlpha >= 0.0 ? u_fixedAlpha : v_color.a * coverage);
}
