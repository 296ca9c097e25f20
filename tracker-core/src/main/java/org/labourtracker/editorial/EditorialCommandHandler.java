package org.labourtracker.editorial;

import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.Repository;
import org.labourtracker.editorial.EditorialCommand.ChangeConfidentiality;
import org.labourtracker.editorial.EditorialCommand.CorrectRecord;
import org.labourtracker.editorial.EditorialCommand.MergeDuplicate;
import org.labourtracker.editorial.EditorialCommand.RetractRecord;
import org.labourtracker.editorial.EditorialEvent.ConfidentialityChanged;
import org.labourtracker.editorial.EditorialEvent.DuplicateMerged;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.ExpectedVersion;
import org.labourtracker.evidence.StreamDirectory;
import org.labourtracker.evidence.StreamNotFound;

/**
 * Edits records in any editable stream. The rules are the same for disputes and legal cases, so
 * they live here once; the edit is applied inside the target aggregate, which keeps its state.
 */
public class EditorialCommandHandler {

    private final StreamDirectory directory;
    private final Map<String, Repository<? extends Editable>> repositoriesByType;

    /**
     * @param repositoriesByType the repository of each editable aggregate, keyed by aggregate type
     *                           name as the event store records it (the simple class name)
     */
    public EditorialCommandHandler(StreamDirectory directory,
                                   Map<String, Repository<? extends Editable>> repositoriesByType) {
        this.directory = directory;
        this.repositoriesByType = Map.copyOf(repositoriesByType);
    }

    @CommandHandler
    public long handle(CorrectRecord command) {
        return edit(command, log -> {
            requireStanding(log, command.correctedRecordId(), "correctedRecordId");
            command.correction().check("correction", log.hasFigures(command.correctedRecordId()));
            return new RecordCorrected(command.streamId(), command.recordId(), command.correctedRecordId(),
                    command.reason(), command.correction());
        });
    }

    @CommandHandler
    public long handle(RetractRecord command) {
        return edit(command, log -> {
            requireStanding(log, command.retractedRecordId(), "retractedRecordId");
            return new RecordRetracted(command.streamId(), command.recordId(), command.retractedRecordId(),
                    command.reason());
        });
    }

    @CommandHandler
    public long handle(MergeDuplicate command) {
        return edit(command, log -> {
            requireStanding(log, command.duplicateRecordId(), "duplicateRecordId");
            requireStanding(log, command.keptRecordId(), "keptRecordId");
            Checks.require(!command.duplicateRecordId().equals(command.keptRecordId()), "keptRecordId",
                    "must differ from duplicateRecordId");
            return new DuplicateMerged(command.streamId(), command.recordId(), command.duplicateRecordId(),
                    command.keptRecordId(), command.reason());
        });
    }

    @CommandHandler
    public long handle(ChangeConfidentiality command) {
        return edit(command, log -> {
            if (!log.names(command.personId())) {
                throw new StreamNotFound("personId", "no person with this id is named in stream " + command.streamId());
            }
            return new ConfidentialityChanged(command.streamId(), command.recordId(), command.personId(),
                    command.confidential(), command.reason());
        });
    }

    private interface Edit {
        EditorialEvent against(RecordLog log);
    }

    /** Applies the edit in its stream; answers with the version of the stream that it made, as an aggregate does. */
    private long edit(EditorialCommand command, Edit edit) {
        String type = directory.typeOf(command.streamId())
                .orElseThrow(() -> new StreamNotFound("streamId", "no dispute or legal case has this id"));
        Repository<? extends Editable> repository = repositoriesByType.get(type);
        if (repository == null) {
            throw new StreamNotFound("streamId", "stream " + command.streamId() + " cannot be edited");
        }
        return apply(repository.load(command.streamId()), command, edit);
    }

    private <T extends Editable> long apply(Aggregate<T> aggregate, EditorialCommand command, Edit edit) {
        aggregate.execute(stream -> {
            RecordLog log = stream.records();
            if (log.isRepeat(command.streamId(), command.recordId(), (Record) command)) {
                return;
            }
            ExpectedVersion.check(aggregate.version());
            AggregateLifecycle.apply(edit.against(log));
        });
        return aggregate.invoke(stream -> stream.records().versionMadeBy(command.recordId()));
    }

    private static void requireStanding(RecordLog log, String recordId, String field) {
        if (!log.exists(recordId)) {
            throw new StreamNotFound(field, "no record with this id in the stream");
        }
        Checks.require(log.isStanding(recordId), field, "the record was already retracted, merged or superseded");
    }
}
