/**
 * The sample data generator: a seeded, streaming writer of a realistic CRM data set (customers, products,
 * sales reps, orders, order lines, ratings, feedback) with planted structure that later analyses can be tested
 * against. Entry points are {@link org.crmworkbench.data.sample.SampleDataSpec},
 * {@link org.crmworkbench.data.sample.SampleDataGenerator} and {@link org.crmworkbench.data.sample.PlantedTruth}.
 * Plain Java: no JavaFX and no database access.
 */
package org.crmworkbench.data.sample;
