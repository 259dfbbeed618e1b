package ai.vibevoice.cicd.dsl.trigger;

import java.util.Locale;

/** Activity types of {@code pull_request} and {@code pull_request_target}. */
public enum PullRequestType {
  ASSIGNED,
  UNASSIGNED,
  LABELED,
  UNLABELED,
  OPENED,
  EDITED,
  CLOSED,
  REOPENED,
  SYNCHRONIZE,
  CONVERTED_TO_DRAFT,
  READY_FOR_REVIEW,
  LOCKED,
  UNLOCKED,
  REVIEW_REQUESTED,
  REVIEW_REQUEST_REMOVED,
  AUTO_MERGE_ENABLED,
  AUTO_MERGE_DISABLED,
  MILESTONED,
  DEMILESTONED,
  ENQUEUED,
  DEQUEUED;

  /** GitHub's spelling. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
