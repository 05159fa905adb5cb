package org.crmworkbench.analysis.value;

import java.util.List;

/**
 * A purchase model with expectations simple enough to check by hand: a customer buys {@code rate} times a period
 * while alive, and is alive with probability 1 / (1 + decay (T - t_x)), so E[X(T, T + t)] = rate t P(alive) and
 * E[X(t)] = rate t.
 */
class FakePurchaseModel implements PurchaseModel {
    private final PurchaseModelKind kind;
    private final double rate;
    private final double decay;
    private final double logLikelihood;

    FakePurchaseModel(PurchaseModelKind kind, double rate, double decay, double logLikelihood) {
        this.kind = kind;
        this.rate = rate;
        this.decay = decay;
        this.logLikelihood = logLikelihood;
    }

    FakePurchaseModel(double rate, double decay) {
        this(PurchaseModelKind.BGNBD, rate, decay, -100);
    }

    @Override
    public PurchaseModelKind kind() {
        return kind;
    }

    @Override
    public List<ModelParameter> parameters() {
        return List.of(new ModelParameter("rate", rate, 0.1), new ModelParameter("decay", decay, 0.1),
                new ModelParameter("c", 1, 0), new ModelParameter("d", 1, 0));
    }

    @Override
    public double logLikelihood() {
        return logLikelihood;
    }

    @Override
    public int customers() {
        return 0;
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return 1 / (1 + decay * (age - tx));
    }

    @Override
    public double expectedPurchases(double t, int x, double tx, double age) {
        return rate * t * probabilityAlive(x, tx, age);
    }

    @Override
    public double expectedPurchasesFromStart(double t) {
        return rate * t;
    }
}
