package org.crmworkbench.analysis.value;

import org.crmworkbench.work.UnsuitableDataException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Purchases grouped per customer: one purchase per customer and day, with that day's amounts summed, customers in
 * the order of their ids (ids of digits only by their number, ahead of the others, which go in text order).
 *
 * <p>{@link #summarise} gives the numbers of lifetimes' {@code summary_data_from_transaction_data} with
 * {@code freq='D'} and {@code freq_multiplier} = the unit's length in days: purchases after the calibration end are
 * cut off, x counts purchase days after the first, t_x and T are days from the first purchase day (to the last one,
 * to the calibration end) divided by the unit's length, and m is the mean of the repeat purchase days' amounts.
 */
public final class PurchaseHistory {
    /** Orders ids that are whole numbers by their value, ahead of other ids, which go in text order. */
    public static final Comparator<String> ID_ORDER = PurchaseHistory::compareIds;

    private final List<CustomerPurchases> customers;
    private final long purchases;

    /**
     * @throws UnsuitableDataException when an amount is negative or not a number (naming the customer and day)
     */
    public PurchaseHistory(List<Purchase> purchases) {
        Map<String, TreeMap<LocalDate, Double>> byCustomer = new HashMap<>();
        for (Purchase purchase : purchases) {
            double amount = purchase.amount();
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw new UnsuitableDataException("value.error.negativeAmount", "customer " + purchase.customerId()
                        + " has an amount of " + amount + " on " + purchase.date() + ": amounts must be 0 or more",
                        purchase.customerId(), purchase.date().toString(), amount);
            }
            byCustomer.computeIfAbsent(purchase.customerId(), id -> new TreeMap<>())
                    .merge(purchase.date(), amount, Double::sum);
        }
        List<String> ids = new ArrayList<>(byCustomer.keySet());
        ids.sort(ID_ORDER);
        List<CustomerPurchases> grouped = new ArrayList<>(ids.size());
        for (String id : ids) {
            TreeMap<LocalDate, Double> days = byCustomer.get(id);
            LocalDate[] dates = days.keySet().toArray(new LocalDate[0]);
            double[] amounts = days.values().stream().mapToDouble(Double::doubleValue).toArray();
            grouped.add(new CustomerPurchases(id, dates, amounts));
        }
        this.customers = List.copyOf(grouped);
        this.purchases = purchases.size();
    }

    /** Every customer's purchase days, in id order. */
    public List<CustomerPurchases> customers() {
        return customers;
    }

    /** The dates the purchases span, the customers and the purchase rows; null when there are no purchases. */
    public PurchaseSpan span() {
        if (customers.isEmpty()) {
            return null;
        }
        return new PurchaseSpan(firstDay(), lastDay(), customers.size(), purchases);
    }

    /** The first purchase day of all customers. */
    public LocalDate firstDay() {
        return customers.stream().map(CustomerPurchases::first).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The last purchase day of all customers. */
    public LocalDate lastDay() {
        return customers.stream().map(CustomerPurchases::last).max(Comparator.naturalOrder()).orElseThrow();
    }

    /**
     * Every customer who bought on or before {@code calibrationEnd}, summarised at it (see {@link CustomerSummary}),
     * in id order.
     *
     * @param holdoutEnd the holdout window's last day, after the calibration end, or null for none
     * @throws UnsuitableDataException when there are no purchases, the calibration end comes before the first
     *         purchase or after the last one, or no customer bought twice by the calibration end
     */
    public CustomerSummaries summarise(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {
        if (customers.isEmpty()) {
            throw new UnsuitableDataException("value.error.noPurchases", "there are no purchases");
        }
        LocalDate first = firstDay();
        LocalDate last = lastDay();
        if (calibrationEnd.isBefore(first)) {
            throw new UnsuitableDataException("value.error.calibrationBeforeFirst", "the calibration end "
                    + calibrationEnd + " comes before the first purchase (" + first + "): no purchase to calibrate on",
                    calibrationEnd.toString(), first.toString());
        }
        if (calibrationEnd.isAfter(last)) {
            throw new UnsuitableDataException("value.error.calibrationAfterLast", "the calibration end "
                    + calibrationEnd + " comes after the last purchase (" + last + ")", calibrationEnd.toString(),
                    last.toString());
        }
        CustomerSummaries summaries = summariseAt(calibrationEnd, holdoutEnd, unit);
        if (summaries.customers().stream().noneMatch(summary -> summary.frequency() > 0)) {
            throw new UnsuitableDataException("value.error.noRepeatByEnd", "no customer bought again by the calibration"
                    + " end " + calibrationEnd + ": the models need repeat purchases", calibrationEnd.toString(),
                    summaries.size());
        }
        return summaries;
    }

    /**
     * The summaries at any date, without the checks of {@link #summarise} (for the state of the customer base at
     * an earlier date); empty when nobody had bought by then.
     */
    public CustomerSummaries summariseAt(LocalDate date, LocalDate holdoutEnd, PeriodUnit unit) {
        List<CustomerSummary> summaries = new ArrayList<>(customers.size());
        for (CustomerPurchases customer : customers) {
            CustomerSummary summary = customer.summary(date, holdoutEnd, unit);
            if (summary != null) {
                summaries.add(summary);
            }
        }
        return new CustomerSummaries(summaries, date, holdoutEnd, unit);
    }

    private static int compareIds(String a, String b) {
        boolean numberA = isWholeNumber(a);
        boolean numberB = isWholeNumber(b);
        if (numberA && numberB) {
            String digitsA = withoutLeadingZeros(a);
            String digitsB = withoutLeadingZeros(b);
            int byValue = digitsA.length() != digitsB.length()
                    ? Integer.compare(digitsA.length(), digitsB.length()) : digitsA.compareTo(digitsB);
            return byValue != 0 ? byValue : a.compareTo(b);
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static String withoutLeadingZeros(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static boolean isWholeNumber(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
