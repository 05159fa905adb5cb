package org.crmworkbench.model;

/** A customer as a picker shows one: the database id, the shop's id and the name (empty when unknown). */
public record Customer(long id, String externalId, String name) {
    public Customer {
        externalId = externalId == null ? "" : externalId;
        name = name == null ? "" : name;
    }
}
