// A place as the map labels it, and the one rule for which labels show in a frame. Both the MapLibre labels
// (components/map/MapLabels.svelte) and the drawn map (DrawnMap.svg.svelte) read `labelState`, so the two
// never disagree about what a chapter shows.
export type LabelAnchor = 'left' | 'right' | 'top' | 'bottom';

export interface MapPlace {
	id: string;
	lonLat: [number, number];
	kind: string;
	/** The label (short); `fullName` is its accessible name and tooltip. */
	name: string;
	fullName: string;
	nameKo?: string;
	detail?: string;
	approximate: boolean;
	chapterIds: readonly string[];
	anchor: LabelAnchor;
	/** Venues of one city: merged under `groupLabel` when their labels do not fit apart (lib/labels). */
	group?: string;
	groupLabel?: string;
}

/** The slice of a timeline frame that label state depends on. */
export interface LabelFrame {
	chapterId: string;
	reachedStopIds: readonly string[];
}

export interface LabelState {
	visible: boolean;
	reached: boolean;
	highlighted: boolean;
}

export function labelState(place: MapPlace, frame: LabelFrame, highlighted: string | null): LabelState {
	return {
		visible: place.chapterIds.includes(frame.chapterId),
		reached: frame.reachedStopIds.includes(place.id),
		highlighted: highlighted === place.id
	};
}
