# Reference counts for the basket analysis tests (GroceriesTest, ArulesReferenceTest), from R's arules on its own
# Groceries data (the same 9,835 baskets as src/test/resources/basket/groceries.csv).
# Run: Rscript src/test/resources/reference/basket/groceries_arules.R
suppressPackageStartupMessages(library(arules))
data("Groceries")
cat("arules", as.character(packageVersion("arules")), "\n")
cat("transactions", length(Groceries), "items", ncol(Groceries), "\n")

show_rules <- function(label, supp, conf, minlen = 1) {
  r <- apriori(Groceries, parameter = list(supp = supp, conf = conf, minlen = minlen, maxlen = 10),
               control = list(verbose = FALSE))
  len <- table(size(r))
  cat(label, "rules", length(r), "redundant", sum(is.redundant(r)),
      "by length", paste(names(len), len, sep = ":", collapse = " "), "\n")
  invisible(r)
}
show_rules("supp 0.001 conf 0.8:", 0.001, 0.8)
show_rules("supp 0.006 conf 0.25 minlen 2:", 0.006, 0.25, 2)
show_rules("supp 0.01 conf 0.5:", 0.01, 0.5)
show_rules("supp 0.001 conf 0.5:", 0.001, 0.5)
show_rules("supp 0.005 conf 0.1:", 0.005, 0.1)
r <- show_rules("supp 0.002 conf 0.3:", 0.002, 0.3)

top <- head(sort(show_rules("supp 0.01 conf 0.5 (top by lift):", 0.01, 0.5), by = "lift"), 1)
q <- quality(top)
cat("top by lift:", labels(lhs(top)), "=>", labels(rhs(top)), sprintf("support %.6f confidence %.6f lift %.6f",
    q$support, q$confidence, q$lift), "\n")
m <- interestMeasure(top, c("leverage", "conviction"), transactions = Groceries)
cat(sprintf("  leverage %.8f conviction %.8f\n", m$leverage, m$conviction))

sets <- eclat(Groceries, parameter = list(supp = 0.001, maxlen = 10), control = list(verbose = FALSE))
len <- table(size(sets))
cat("itemsets supp 0.001:", length(sets), "by size", paste(names(len), len, sep = ":", collapse = " "),
    "closed", sum(is.closed(sets)), "maximal", sum(is.maximal(sets)), "\n")
