/**
 * The city's portfolio: many applications, each scanned again and again. Pure data and arithmetic
 * over stored runs ({@link nl.autonomy.core.portfolio.RunSummary}); where the runs are kept (the
 * JDBC ledger in {@code src/ledger}) is not this package's concern.
 */
package nl.autonomy.core.portfolio;
