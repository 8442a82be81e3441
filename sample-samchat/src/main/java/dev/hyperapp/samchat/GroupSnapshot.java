package dev.hyperapp.samchat;

import java.util.Map;

/**
 * A group as one member knows it, sent to the others whenever its membership changes. Receivers
 * merge it into their own view, so snapshots may arrive late, twice or out of order.
 *
 * @param groupId the group's conversation id
 * @param name the group's name
 * @param createdBy the node that created it
 * @param members every node that is or was a member, with its latest change
 */
public record GroupSnapshot(
    String groupId, String name, String createdBy, Map<String, Membership> members) {}
