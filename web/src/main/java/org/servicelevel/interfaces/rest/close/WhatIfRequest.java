package org.servicelevel.interfaces.rest.close;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.servicelevel.interfaces.rest.agreement.TermsRequest;

/** A past month (YYYY-MM) and the terms to replay it under, written as an agreement version's terms. */
public class WhatIfRequest {

    @Schema(required = true, example = "2026-10")
    public String month;

    @Schema(required = true, description = "The proposed terms, as in an agreement version")
    public TermsRequest terms;
}
