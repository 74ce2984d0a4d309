package dev.accord.extract;

import dev.accord.model.Actor;
import dev.accord.model.ActorKind;
import dev.accord.model.ActorMention;
import dev.accord.model.Evidence;
import dev.accord.model.Provenance;

import java.util.ArrayList;
import java.util.List;

/** An actor while its facts are gathered. */
final class ActorDraft {

    final String id;
    final ActorKind kind;
    String name;
    String code;
    String country;
    String sector;
    String role;
    String affiliation;
    Evidence roleEvidence;
    List<String> members = List.of();
    boolean registered;
    final List<ActorMention> mentions = new ArrayList<>();

    ActorDraft(String id, ActorKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    Actor build(Provenance provenance) {
        List<ActorMention> sorted = mentions.stream().sorted().toList();
        return new Actor(id, kind, name, code, country, sector, role, affiliation, roleEvidence, members,
                registered, sorted, provenance);
    }
}
