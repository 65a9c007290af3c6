// Temporary re-export while the sample loader moves to analysis/shared/codes (removed before commit).
export * from '../shared/codes';
