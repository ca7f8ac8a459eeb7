package org.caseport.access;

import org.caseport.identity.Actor;
import org.caseport.shared.NotFoundException;
import org.caseport.shared.RejectedInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins create, change and delete portal access profiles and choose the firm default: there is
 * always exactly one, and a profile that is the default or is in use cannot be deleted.
 */
@Service
public class PortalProfileService {

    private final PortalProfiles profiles;
    private final PortalProfileQueries queries;
    private final AccessPolicy policy;

    PortalProfileService(PortalProfiles profiles, PortalProfileQueries queries, AccessPolicy policy) {
        this.profiles = profiles;
        this.queries = queries;
        this.policy = policy;
    }

    @Transactional
    public long create(Actor actor, PortalProfileDetails details) {
        requireAdmin(actor);
        requireUniqueName(details.name(), null);
        return profiles.save(PortalProfile.create(details)).getId();
    }

    @Transactional
    public void update(Actor actor, long profileId, PortalProfileDetails details) {
        requireAdmin(actor);
        PortalProfile profile = load(profileId);
        requireUniqueName(details.name(), profileId);
        profile.update(details);
        profiles.save(profile);
    }

    /**
     * Makes the profile the firm default and the previous default an ordinary profile, in one
     * transaction; the versions of both rows make a concurrent switch fail instead of leaving two.
     */
    @Transactional
    public void makeFirmDefault(Actor actor, long profileId) {
        requireAdmin(actor);
        PortalProfile chosen = load(profileId);
        if (chosen.isFirmDefault()) {
            return;
        }
        profiles.findFirmDefault().ifPresent(previous -> {
            previous.stopBeingFirmDefault();
            profiles.save(previous);
        });
        chosen.makeFirmDefault();
        profiles.save(chosen);
    }

    /** Deletes a profile nobody uses; refuses the firm default and profiles in use. */
    @Transactional
    public void delete(Actor actor, long profileId) {
        requireAdmin(actor);
        PortalProfile profile = load(profileId);
        if (profile.isFirmDefault()) {
            throw new IllegalStateException("“" + profile.getName()
                    + "” is the firm default. Make another profile the default before deleting it.");
        }
        long usage = queries.usageCount(profileId);
        if (usage > 0) {
            throw new IllegalStateException("“" + profile.getName() + "” is used by " + usage
                    + (usage == 1 ? " client, contact or case" : " clients, contacts or cases")
                    + ". Give them another profile before deleting it.");
        }
        profiles.delete(profile);
    }

    private PortalProfile load(long profileId) {
        return profiles.findById(profileId).orElseThrow(() -> new NotFoundException("Portal profile"));
    }

    private void requireUniqueName(String name, Long exceptId) {
        if (profiles.nameTaken(name.trim(), exceptId)) {
            throw new RejectedInputException("name", "Another profile has this name.");
        }
    }

    private void requireAdmin(Actor actor) {
        if (!policy.canManagePortalProfiles(actor)) {
            throw new AccessDeniedException("admin only");
        }
    }
}
