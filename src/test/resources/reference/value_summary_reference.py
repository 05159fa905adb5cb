"""Reference numbers for PurchaseHistoryTest: the customer summaries of lifetimes' example transactions.

Follows lifetimes' summary_data_from_transaction_data(freq='D', observation_period_end=max date) step by step
(timestamps cut to days, one purchase per customer and day, frequency = purchase days - 1, recency and T in days
from the first purchase day) without pandas, and prints the totals and the first customers' rows.
Run: python3 src/test/resources/reference/value_summary_reference.py
"""
import csv
import datetime
import os

here = os.path.dirname(os.path.abspath(__file__))
days = {}
with open(os.path.join(here, "lifetimes", "example_transactions.csv")) as source:
    for row in csv.DictReader(source):
        day = datetime.date.fromisoformat(row["date"][:10])
        days.setdefault(row["id"], set()).add(day)
end = max(max(d) for d in days.values())
summary = {}
for customer, bought in days.items():
    bought = sorted(d for d in bought if d <= end)
    summary[customer] = (len(bought) - 1, (bought[-1] - bought[0]).days, (end - bought[0]).days)
print("observation end", end, "customers", len(summary))
print("sum frequency", sum(s[0] for s in summary.values()))
print("sum recency", sum(s[1] for s in summary.values()))
print("sum T", sum(s[2] for s in summary.values()))
print("repeat customers", sum(1 for s in summary.values() if s[0] > 0))
for customer in ["0", "1", "2", "3", "4", "33", "4999"]:
    print(customer, summary[customer])
