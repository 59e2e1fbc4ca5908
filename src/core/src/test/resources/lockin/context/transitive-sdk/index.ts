import { generateText } from 'ai';
export const answer = generateText;
