// Lines: a capsule distance field gives round joins, round caps and anti-aliased edges; dashes along the line.
// Uniforms: u_halfWidth (float, px), u_color (vec4), u_dash (vec4: on, off, on, off in px; all 0 = solid).
#version 330 core
in vec2 v_local;
in float v_length;
in float v_dist0;
uniform float u_halfWidth;
uniform vec4 u_color;
uniform vec4 u_dash;
out vec4 o_color;

float dashCoverage(float s) {
    float period = u_dash.x + u_dash.y + u_dash.z + u_dash.w;
    if (period <= 0.0) return 1.0;
    float m = mod(s, period);
    // distance (px) from m to the nearest "on" interval; inside an on interval it is negative
    float a = max(-m, m - u_dash.x);
    float b0 = u_dash.x + u_dash.y;
    float b = max(b0 - m, m - (b0 + u_dash.z));
    float wrap = max(-(m - period), (m - period) - u_dash.x);  // the next period's first dash
    float d = min(min(a, u_dash.z > 0.0 ? b : 1e6), wrap);
    return clamp(0.5 - d, 0.0, 1.0);
}

void main() {
    float along = clamp(v_local.x, 0.0, v_length);
    float dist = length(vec2(v_local.x - along, v_local.y));
    float coverage = clamp(u_halfWidth - dist + 0.5, 0.0, 1.0);
    coverage *= dashCoverage(v_dist0 + along);
    if (coverage <= 0.0) discard;
    o_color = vec4(u_color.rgb, u_color.a * coverage);
}
