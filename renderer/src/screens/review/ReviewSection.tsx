// The Review section: the guided review, its audit log, the team and the templates, under /review.
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { ProjectInfo } from '../../../../analysis/api';
import { AuditLogScreen } from './AuditLogScreen';
import { GuidedReview } from './GuidedReview';
import { ReviewerDialog } from './ReviewerDialog';
import { useReviewStore } from './review-store';
import { TeamScreen } from './TeamScreen';
import { TemplatesScreen } from './TemplatesScreen';

export function ReviewSection({ project }: { project: ProjectInfo }) {
  const [location] = useLocation();
  const load = useReviewStore((s) => s.load);
  const review = useReviewStore((s) => s.review);
  const loadError = useReviewStore((s) => s.loadError);
  const waiting = useReviewStore((s) => s.waitingForReviewer);
  useEffect(() => void load(project.path), [load, project.path]);

  const parts = location.split('/').filter(Boolean).slice(1);
  let body;
  if (loadError) body = <p className="error-text">{loadError}</p>;
  else if (!review) body = <p className="loading">Loading the review…</p>;
  else if (parts[0] === 'audit') body = <AuditLogScreen project={project} />;
  else if (parts[0] === 'templates') body = <TemplatesScreen project={project} review={review} />;
  else if (parts[0] === 'team') body = <TeamScreen project={project} review={review} />;
  else body = <GuidedReview project={project} review={review} domainId={parts[0]} clusterId={parts[1]} />;
  return (
    <>
      {body}
      {waiting && review && <ReviewerDialog suggested={review.suggestedReviewer} />}
    </>
  );
}
