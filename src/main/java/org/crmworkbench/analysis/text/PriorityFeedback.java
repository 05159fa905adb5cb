package org.crmworkbench.analysis.text;

/** A negative feedback of a high-value or at-risk customer, for the read-first list. */
public record PriorityFeedback(ScoredFeedback feedback, PriorityReason reason) {
}
