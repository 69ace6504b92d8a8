// Area fills. Attributes: a_pos (vec2, metres relative to the scene origin), a_color (vec4, normalised RGBA8).
// Uniforms: u_center (vec2, camera centre relative to the origin), u_unitsToClip (vec2, 2 / (viewport * m/px)).
#version 330 core
layout(location = 0) in vec2 a_pos;
layout(location = 1) in vec4 a_color;
uniform vec2 u_center;
uniform vec2 u_unitsToClip;
out vec4 v_color;
void main() {
    v_color = a_color;
    gl_Position = vec4((a_pos - u_center) * u_unitsToClip, 0.0, 1.0);
}
