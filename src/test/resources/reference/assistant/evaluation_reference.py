"""Reference figures for AssistantEvaluationAgreementTest: scikit-learn's per-label precision, recall and F1 and its
accuracy scores on questions whose rankings are made from integer arithmetic only (the test rebuilds them exactly).

Run offline: python3 evaluation_reference.py > evaluation_reference.out (numpy, scikit-learn 1.9.1).
The fallback (threshold 0.4, margin 0.05) is applied here as FallbackPolicy documents it: hand over when the closest
intent is the out-of-scope label, its confidence is below the threshold, or the runner-up is within the margin.
In the CLINC150 reading, a handed-over question is predicted as the out-of-scope class; per intent, a handed-over
question predicts no intent.
"""
import numpy as np
from sklearn.metrics import accuracy_score, precision_recall_fscore_support, recall_score

N = 300
OOS = "oos"
INTENTS = ["i%d" % k for k in range(6)]
THRESHOLD, MARGIN = 0.4, 0.05


def unit(i):
    return ((i * 2654435761 + 12345) % 2**32) / 2**32


def question(i):
    expected = OOS if i % 7 == 0 else "i%d" % ((i * 5 + 3) % 6)
    if unit(i + 500) < 0.08:
        top = OOS
    elif expected != OOS and unit(i) < 0.6:
        top = expected
    else:
        top = "i%d" % ((i * 11 + 1) % 6)
    confidence = ((i * 37 + 11) % 100) / 100.0
    second = confidence * (((i * 13 + 5) % 10) / 10.0)
    return expected, top, confidence, second


def main():
    truth, answered, as_class = [], [], []
    for i in range(N):
        expected, top, confidence, second = question(i)
        handed = top == OOS or confidence < THRESHOLD or confidence - second < MARGIN
        truth.append(expected)
        answered.append("__handed_over__" if handed else top)
        as_class.append(OOS if handed else top)
    precision, recall, f1, support = precision_recall_fscore_support(truth, answered, labels=INTENTS,
                                                                     zero_division=np.nan)
    for k, intent in enumerate(INTENTS):
        predicted = sum(1 for a in answered if a == intent)
        print("intent %s %d %d %r %r %r" % (intent, support[k], predicted, float(precision[k]), float(recall[k]), float(f1[k])))
    in_scope = [i for i, t in enumerate(truth) if t != OOS]
    print("accuracy %r" % float(accuracy_score(truth, as_class)))
    print("inScopeAccuracy %r" % float(accuracy_score([truth[i] for i in in_scope], [as_class[i] for i in in_scope])))
    print("oosRecall %r" % float(recall_score(truth, as_class, labels=[OOS], average=None)[0]))


if __name__ == "__main__":
    main()
