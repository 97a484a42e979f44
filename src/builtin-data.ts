import data from '../data/ukraine-2022.json';
import type { TimelineData } from './model/types.js';

/** The built-in dataset: the first week of Russia's 2022 invasion of Ukraine, as two news articles reported it. */
export const builtinData: TimelineData = data as unknown as TimelineData;
