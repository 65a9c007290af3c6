// An Explore view as plain data: the logic lives in analysis/shared/explore-view.ts, which the report
// (analysis/report) uses too to redraw charts linked as evidence.
export * from '../../../../analysis/shared/explore-view';
export * from '../../../../analysis/shared/explore-view-address';
