package org.crmworkbench.analysis.value;

import java.util.List;

/**
 * A fitted buy-till-you-die model of purchase counts: what it learnt and what it expects of a customer with
 * frequency x, recency t_x and age T (all in the unit the model was fitted in).
 */
public interface PurchaseModel {

    PurchaseModelKind kind();

    /** The parameters by their usual names, in the literature's order. */
    List<ModelParameter> parameters();

    /** The log-likelihood of the calibration data at the estimates (the full one, constants included). */
    double logLikelihood();

    /** Customers the model was fitted on. */
    int customers();

    /** P(alive | x, t_x, T): the probability the customer has not dropped out by T. */
    double probabilityAlive(int x, double tx, double age);

    /** E[X(T, T + t) | x, t_x, T]: the purchases expected in the next {@code t} periods. */
    double expectedPurchases(double t, int x, double tx, double age);

    /** E[X(t)]: the repeat purchases a new customer is expected to make in the {@code t} periods after the first. */
    double expectedPurchasesFromStart(double t);
}
