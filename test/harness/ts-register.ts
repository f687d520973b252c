import { register } from 'node:module';

register('./ts-resolve.ts', import.meta.url);
