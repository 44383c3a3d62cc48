package org.servicelevel.interfaces.rest.mail;


import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.servicelevel.application.mail.MailChannelService;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.model.identity.Role;

/**
 * The mail channel for administrators: the e-mails that became neither a ticket nor a comment (unknown
 * sender, another organisation's ticket, no agreement for the sender's organisation), with their text,
 * so someone can register the ticket by hand or fix the user or the selection rules.
 */
@Path("mail")
@RequestScoped
@Tag(name = "Mail channel", description = "E-mails the mail channel rejected, for administrators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
public class MailResource {

    /** A rejected e-mail: who sent it, what it said, the ticket it named if it was a reply, and why it was refused. */
    public record RejectedMailView(long id, String messageId, String sender, String subject, String text,
                                   String ticket, Instant receivedAt, Instant rejectedAt, String reason) {
    }

    /** How many rejected e-mails a purge deleted. */
    public record PurgeView(int deleted) {
    }

    @Inject
    private MailChannelService channel;

    @GET
    @Path("rejections")
    @Operation(operationId = "listRejectedMails", summary = "E-mails the mail channel did not turn into a ticket or comment, newest first"
            + " (limit 1-500, default 50); they also stay flagged in the mailbox")
    public List<RejectedMailView> rejections(@QueryParam("limit") @DefaultValue("50") int limit) {
        return channel.rejections(limit).stream().map(r -> new RejectedMailView(r.id(), r.messageId(), r.sender(),
                r.subject(), r.text(), r.ticket(), r.receivedAt(), r.rejectedAt(), r.reason())).toList();
    }

    @DELETE
    @Path("rejections/{id}")
    @Operation(operationId = "dismissRejectedMail", summary = "Dismiss one rejected e-mail once it has been dealt with (204; 404 if there is none)")
    @APIResponse(responseCode = "204", description = "Done")
    public Response dismiss(@PathParam("id") long id) {
        channel.dismissRejection(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("rejections")
    @Operation(operationId = "purgeRejectedMails", summary = "Delete the rejected e-mails recorded before ?before= (a date-time with offset); those older"
            + " than servicelevel.mail.rejection-retention-days (30) are also deleted every night")
    public PurgeView purge(@QueryParam("before") Instant until) {
        if (until == null) {
            throw new InvalidFieldException("before", "Say which rejected e-mails to delete: those recorded before"
                    + " ?before=, a date-time with offset such as 2026-03-01T00:00:00Z");
        }
        return new PurgeView(channel.purgeRejections(until));
    }
}
