/** Colours and type sizes shared by the PDF sections. */
export const COLORS = {
  text: '#1c2321',
  muted: '#4a5552',
  accent: '#0b5e55',
  accentLight: '#e1eeeb',
  warning: '#8a4b08',
  warningLight: '#fdf0e1',
  danger: '#a4161a',
  border: '#d5d9d6',
};

export const SIZES = { body: 9.5, small: 8, h1: 22, h2: 14, h3: 10.5 };
