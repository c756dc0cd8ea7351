/** Words that give a Dutch text away; none may be left in an English message (issue 18). */
export const DUTCH =
  /\b(een|het|de|van|niet|verplicht|vul|kies|moet|mag|geen|deze|dit|tekens|jaar|datum|tijd|invoer)\b/i;
