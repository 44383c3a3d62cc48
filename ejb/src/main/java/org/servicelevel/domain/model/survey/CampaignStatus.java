package org.servicelevel.domain.model.survey;

/** Whether a campaign still takes answers ({@link #OPEN}) or has been completed on a date and is read-only. */
public enum CampaignStatus {
    OPEN, COMPLETED
}
