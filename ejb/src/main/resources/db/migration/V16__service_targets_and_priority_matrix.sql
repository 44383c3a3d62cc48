-- Targets closer to real contracts: a service may set its own response and resolution targets for a
-- priority of its agreement version (either may be left out, the priority's then applies), and an
-- agreement version may have an impact x urgency matrix that gives the priority of a ticket
-- registered with an impact and an urgency. Tickets keep the impact and urgency they were given.
CREATE TABLE agreement_service_target (
    version_id         BIGINT      NOT NULL,
    position           INTEGER     NOT NULL,
    service_code       VARCHAR(40) NOT NULL,
    priority_number    INTEGER     NOT NULL,
    response_seconds   BIGINT,
    resolution_seconds BIGINT,
    CONSTRAINT agreement_service_target_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_service_target_version_ix ON agreement_service_target (version_id);

CREATE TABLE agreement_priority_matrix (
    version_id      BIGINT      NOT NULL,
    position        INTEGER     NOT NULL,
    impact          VARCHAR(10) NOT NULL,
    urgency         VARCHAR(10) NOT NULL,
    priority_number INTEGER     NOT NULL,
    CONSTRAINT agreement_priority_matrix_version_fk FOREIGN KEY (version_id) REFERENCES agreement_version (id) ON DELETE CASCADE
);
CREATE INDEX agreement_priority_matrix_version_ix ON agreement_priority_matrix (version_id);

ALTER TABLE ticket ADD COLUMN impact VARCHAR(10);
ALTER TABLE ticket ADD COLUMN urgency VARCHAR(10);
