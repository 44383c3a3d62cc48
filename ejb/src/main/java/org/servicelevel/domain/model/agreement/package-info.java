/**
 * Agreements: customer SLAs, internal OLAs and underpinning contracts with suppliers, their
 * effective-dated versions of terms (services, priorities and targets, pause statuses, support-line
 * extensions, quality metrics, availability targets, penalty bands, extra-service prices), their
 * lifecycle, and the check that underpinning agreements are at least as strict as the SLAs they keep.
 */
package org.servicelevel.domain.model.agreement;
