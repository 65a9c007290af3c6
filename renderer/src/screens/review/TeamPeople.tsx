// The review team as people: each member with role and organisation, as the report's methods appendix
// names them, and a form for the reviewer at the keyboard to record their own.
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import type { ReviewState } from '../../../../analysis/api';
import { describeReviewer } from '../../../../analysis/shared/reviewer-text';
import { useReviewStore } from './review-store';

export function TeamPeople({ review }: { review: ReviewState }) {
  const me = review.team.people.find((p) => p.name === review.reviewer) ?? null;
  return (
    <section className="panel" aria-labelledby="team-people-title">
      <h2 id="team-people-title">Reviewers</h2>
      {review.team.people.length === 0 ? (
        <p className="empty">Nobody is on the team yet: reviewers join when they first rate, calibrate or record their role.</p>
      ) : (
        <ul className="team-people">
          {review.team.people.map((person) => (
            <li key={person.name}>
              {describeReviewer(person)}
              {person.name === review.reviewer && <span className="muted"> (you)</span>}
              {!review.team.reviewers.includes(person.name) && <span className="muted"> · has not rated yet</span>}
            </li>
          ))}
        </ul>
      )}
      {review.reviewer && <ProfileForm key={`${review.reviewer}:${me?.role ?? ''}:${me?.organisation ?? ''}`} name={review.reviewer} role={me?.role ?? ''} organisation={me?.organisation ?? ''} />}
    </section>
  );
}

function ProfileForm(props: { name: string; role: string; organisation: string }) {
  const setReviewer = useReviewStore((s) => s.setReviewer);
  const [role, setRole] = useState(props.role);
  const [organisation, setOrganisation] = useState(props.organisation);
  const unchanged = role.trim() === props.role && organisation.trim() === props.organisation;
  return (
    <form
      className="team-profile-form"
      aria-label={`${props.name}'s role and organisation`}
      onSubmit={(event) => {
        event.preventDefault();
        void setReviewer(props.name, { role, organisation });
      }}
    >
      <TextField className="field" value={role} onChange={setRole}>
        <Label>Your role in the review</Label>
        <Input placeholder="lead reviewer" />
      </TextField>
      <TextField className="field" value={organisation} onChange={setOrganisation}>
        <Label>Your organisation</Label>
        <Input placeholder="Riverside Consulting" />
      </TextField>
      <Button className="button" type="submit" isDisabled={unchanged}>
        Save role and organisation
      </Button>
    </form>
  );
}
