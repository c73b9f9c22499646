"""A form journey for QML: one step at a time, check answers, submit, confirmation.

The rules live in `kiosk.forms` (what a form asks, validation, Back/Change) and
`kiosk.requests` (what the person is told afterwards); this class only turns
them into properties and slots and runs the portal calls in the background.
Typed text is not echoed back on every key press: QML keeps what is on screen,
and the field list is rebuilt only when the step, the errors or the shown
fields change (a rebuild would take the focus away from the field).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QDate, QLocale, QObject, Signal, Slot

from kiosk.catalogue.model import Service, pick
from kiosk.catalogue.normalize import fold
from kiosk.forms.definition import TYPED_KINDS, FieldDef, FieldKind
from kiosk.forms.loader import FormUnsupported, load_form
from kiosk.forms.personal_ids import mask_personal_id
from kiosk.forms.session import FormSession
from kiosk.guided import form_guide
from kiosk.guided.mode import GuidedMode
from kiosk.i18n.languages import BY_CODE
from kiosk.i18n.noop import QT_TRANSLATE_NOOP
from kiosk.petitions.channel import Open311Petitions
from kiosk.portal.catalogue_models import FormDocument, NotModified
from kiosk.portal.errors import PortalError, PortalValidationError
from kiosk.portal.submissions import Applicant, IdentitySource, SubmissionRequest
from kiosk.portal_access import PortalAccess
from kiosk.printing.problems import problem_sentence
from kiosk.printing.receipt_printer import (
    NoPrinter,
    PrintableReceipt,
    PrintOutcome,
    PrintProblem,
    ReceiptKind,
    ReceiptPrinter,
    problem_of,
)
from kiosk.requests.outcome import Confirmation, confirmation_for, confirmation_for_open311
from kiosk.session.outcomes import SessionOutcomes
from kiosk.session.screens import Screen
from kiosk.tasks import BackgroundTasks

log = logging.getLogger("kiosk.forms")

FormSource = Callable[[str], Awaitable[FormDocument]]

STREET_MATCHES_SHOWN = 30

NOT_AVAILABLE = QT_TRANSLATE_NOOP("FormJourney", "This service is not available on this kiosk")
NOT_AVAILABLE_DETAIL = QT_TRANSLATE_NOOP(
    "FormJourney", "You can ask for it at the information desk. We are sorry for the trouble."
)
UNREACHABLE = QT_TRANSLATE_NOOP("FormJourney", "The town hall's server cannot be reached")
UNREACHABLE_DETAIL = QT_TRANSLATE_NOOP(
    "FormJourney",
    "Please try again in a few minutes, or ask at the information desk. Nothing you typed is lost.",
)
REFUSED = QT_TRANSLATE_NOOP("FormJourney", "The town hall could not accept this request")
PRINTED = QT_TRANSLATE_NOOP("FormJourney", "Your receipt is printed. Take it from the printer.")
NO_PRINTER = QT_TRANSLATE_NOOP(
    "FormJourney",
    "The printer is not available right now. Please write down the number and the access code.",
)
PRINT_FAILED = QT_TRANSLATE_NOOP(
    "FormJourney",
    "The receipt could not be printed. Please write down the number and the access code.",
)
KEEP_NUMBERS = QT_TRANSLATE_NOOP(
    "FormJourney",
    "Please take a photo of the number and the access code on the screen, or write them down.",
)
CONSENT_NEEDED = QT_TRANSLATE_NOOP(
    "FormJourney", "Tick the statement that the person agreed, then send the request."
)
RECEIPT_TITLE = QT_TRANSLATE_NOOP("FormJourney", "Request receipt")
LABEL_SERVICE = QT_TRANSLATE_NOOP("FormJourney", "Service")
LABEL_NUMBER = QT_TRANSLATE_NOOP("FormJourney", "Registration number")
LABEL_CODE = QT_TRANSLATE_NOOP("FormJourney", "Access code")
LABEL_REFERENCE = QT_TRANSLATE_NOOP("FormJourney", "Reference")
LABEL_PERSON = QT_TRANSLATE_NOOP("FormJourney", "Personal number")
LABEL_EXPECTED = QT_TRANSLATE_NOOP("FormJourney", "Answer by")
# Shown by FormStepScreen.qml as qsTr(PREFILLED, "", prefilledCount): lupdate only makes a
# plural message of that form. The same source text and context translate it here too.
PREFILLED = "We filled in %n answer(s) from your ID card. Check them — you can change any of them."


def _tr(text: str, context: str = "FormJourney") -> str:
    return QCoreApplication.translate(context, text)


def _form_errors(text: str) -> str:
    return QCoreApplication.translate("FormErrors", text)


class FormViewModel(QObject):
    stepChanged = Signal()
    stateChanged = Signal()
    streetMatchesChanged = Signal()
    confirmationChanged = Signal()

    def __init__(
        self,
        portal: PortalAccess,
        navigate: Callable[[Screen], None],
        language: str,
        *,
        services: Callable[[str], Service | None] | None = None,
        form_source: FormSource | None = None,
        printer: ReceiptPrinter | None = None,
        institution: Callable[[], str] | None = None,
        country: str = "RO",
        outcomes: SessionOutcomes | None = None,
    ) -> None:
        super().__init__()
        self._portal = portal
        self._outcomes = outcomes or SessionOutcomes()
        self._navigate = navigate
        self._language = language
        self._services = services or (lambda code: None)
        self._form_source = form_source
        self._printer = printer or NoPrinter()
        self._institution = institution or (lambda: "")
        self._country = country
        self._tasks = BackgroundTasks("forms")
        self._offer_id_scan: Callable[[Collection[str]], bool] | None = None
        self._guided: GuidedMode | None = None
        self._reset()

    def set_guided(self, mode: GuidedMode | None) -> None:
        """Guided mode: explanations, show me, on-behalf consent, practice sessions."""
        self._guided = mode

    def guided_changed(self) -> None:
        """Staff signed in or out, practice or on-behalf switched: re-read what depends on it."""
        self.stepChanged.emit()
        self.stateChanged.emit()

    @property
    def _practice(self) -> bool:
        return self._guided is not None and self._guided.practice

    def set_id_scan(self, offer: Callable[[Collection[str]], bool] | None) -> None:
        """Who offers "Scan your ID card" before a form with a prefill map (True: offered)."""
        self._offer_id_scan = offer

    def _reset(self) -> None:
        self._service_code = ""
        self._form: FormSession | None = None
        self._phase = "idle"  # loading | problem | step | check | submitting | done
        self._problem: dict[str, Any] = {}
        self._errors: dict[str, str] = {}
        self._street_matches: dict[str, list[str]] = {}
        self._confirmation: Confirmation | None = None
        self._masked_id = ""
        self._print_message = ""
        self._print_problem: PrintProblem | None = None
        self._printing = False
        self._printed = False
        self._prefilled_count = 0
        self._on_behalf_agreed = False
        self._on_behalf_missing = False
        self._practice_done = False

    # -- language -----------------------------------------------------------
    def set_language(self, code: str) -> None:
        self._language = code
        if self._form is not None and self._errors:
            # Messages are words: say them again in the new language.
            self._errors = {e.key: e.message for e in self._form.errors(self._translate, code)}
        self.stepChanged.emit()
        self.stateChanged.emit()
        self.confirmationChanged.emit()

    def _translate(self, text: str) -> str:
        return _form_errors(text)

    @property
    def _locale(self) -> QLocale:
        return QLocale(BY_CODE[self._language].locale)

    def _format_date(self, value: date) -> str:
        return self._locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")

    # -- starting -----------------------------------------------------------
    @Slot(str)
    def start(self, service_code: str) -> None:
        self._tasks.cancel_all()
        self._reset()
        self._service_code = service_code
        self._phase = "loading"
        self._outcomes.service_started(service_code)
        self._emit_all()
        self._navigate(Screen.FORM_STEP)
        self._tasks.spawn(self._load(service_code))

    @Slot()
    def retry(self) -> None:
        """'Try again' after a problem: reload the form, or send again from check answers."""
        if self._form is None and self._service_code:
            self._phase = "loading"
            self._problem = {}
            self.stateChanged.emit()
            self._tasks.spawn(self._load(self._service_code))
        elif self._form is not None:
            self.submit()

    async def _fetch(self, code: str) -> FormDocument:
        if self._form_source is not None:
            return await self._form_source(code)
        client = self._portal.client
        if client is None:
            raise _NotConnected
        answer = await client.form(code, language=self._language)
        if isinstance(answer, NotModified):  # pragma: no cover - no ETag was sent
            raise _NotConnected
        return answer

    def _open311(self) -> Open311Petitions | None:
        """The Open311 channel, when petitions go there and this service is a petition."""
        service = self._services(self._service_code)
        if service is None or service.kind != "petition":
            return None
        return self._portal.petitions

    async def _document(self, code: str) -> dict[str, Any]:
        channel = self._open311()
        if channel is not None:
            return await channel.form_document()
        document = await self._fetch(code)
        return {
            "service_code": code,
            "version": document.version,
            "schema": document.schema,
            "uischema": document.uischema,
            "i18n": document.i18n,
            "prefill": document.prefill,
        }

    async def _load(self, code: str) -> None:
        try:
            definition = load_form(await self._document(code))
        except FormUnsupported as unsupported:
            log.warning("form_unsupported", extra={"service": code, "reason": unsupported.reason})
            self._show_problem(NOT_AVAILABLE, NOT_AVAILABLE_DETAIL, retry=False)
            return
        except _NotConnected:
            self._show_problem(UNREACHABLE, UNREACHABLE_DETAIL, retry=True)
            return
        except PortalError as error:
            log.warning("form_not_loaded", extra={"service": code, "error": type(error).__name__})
            if error.transient:
                self._show_problem(UNREACHABLE, UNREACHABLE_DETAIL, retry=True)
            else:
                self._show_problem(NOT_AVAILABLE, NOT_AVAILABLE_DETAIL, retry=False)
            return
        self._form = FormSession(definition, country=self._country)
        self._phase = "step"
        log.info("form_started", extra={"service": code, "steps": len(definition.steps)})
        sample = self._guided.sample if self._guided is not None and self._practice else None
        if sample is not None:
            # Practice: the sample person's card details, as typed answers (still editable).
            card = sample.card_fields()
            for card_field, key in definition.prefill.items():
                if card_field in card:
                    self._form.set_value(key, card[card_field])
        self._emit_all()
        if sample is not None:
            return
        if definition.prefill and self._offer_id_scan is not None:
            self._offer_id_scan(list(definition.prefill))

    def apply_card(self, card: Mapping[str, str], source: str = "mrz") -> int:
        """Answers read from the ID card (``source`` "mrz" or "chip") fill the form.

        Returns how many were filled.

        The form shows its first step with a notice; each filled field is marked and
        stays editable. The card itself is not kept.
        """
        if self._form is None:
            return 0
        filled = self._form.apply_prefill(card, source)
        self._prefilled_count = len(filled)
        log.info("form_prefilled", extra={"service": self._service_code, "count": len(filled)})
        self.stepChanged.emit()
        return len(filled)

    def _show_problem(self, title: str, detail: str, *, retry: bool) -> None:
        self._phase = "problem"
        self._problem = {"title": title, "detail": detail, "canRetry": retry}
        self.stateChanged.emit()

    # -- properties ---------------------------------------------------------
    def _get_phase(self) -> str:
        return self._phase

    def _get_problem(self) -> dict[str, Any]:
        if not self._problem:
            return {}
        return {
            "title": _tr(self._problem["title"]),
            "detail": _tr(self._problem["detail"]),
            "canRetry": self._problem["canRetry"],
        }

    def _get_service_name(self) -> str:
        service = self._services(self._service_code)
        return pick(service.name, self._language) if service is not None else ""

    def _get_prefilled_count(self) -> int:
        """Answers filled from the ID card, while the first step shows (else 0)."""
        if not self._prefilled_count or self._form is None or self._form.step_position != 0:
            return 0
        return self._prefilled_count

    def _get_prefill_notice(self) -> str:
        count = self._get_prefilled_count()
        if not count:
            return ""
        return QCoreApplication.translate("FormStepScreen", PREFILLED, None, count)

    def _get_step_title(self) -> str:
        if self._form is None:
            return ""
        return self._form.current_step.label(self._language)

    def _get_step_number(self) -> int:
        return self._form.step_position + 1 if self._form is not None else 0

    def _get_step_count(self) -> int:
        return len(self._form.visible_steps()) if self._form is not None else 0

    def _field_map(self, field: FieldDef) -> dict[str, Any]:
        assert self._form is not None
        value = self._form.values.get(field.key)
        lang = self._language
        return {
            "key": field.key,
            "kind": field.kind.value,
            "label": field.label(lang),
            "help": field.help_text(lang),
            "required": field.required,
            "value": _for_qml(field, value),
            "options": [{"value": o.value, "label": o.label(lang)} for o in field.options],
            "prefilled": field.key in self._form.prefilled,
            "prefillSource": self._form.prefill_source or "",
            "error": self._errors.get(field.key, ""),
            "maxLength": field.max_length or 0,
            "localeName": BY_CODE[lang].locale,
        }

    def _get_fields(self) -> list[dict[str, Any]]:
        if self._form is None:
            return []
        return [self._field_map(f) for f in self._form.visible_fields()]

    def _get_errors(self) -> list[dict[str, str]]:
        if self._form is None:
            return []
        labels = {f.key: f.label(self._language) for f in self._form.definition.all_fields()}
        return [
            {"key": key, "label": labels.get(key, key), "message": message}
            for key, message in self._errors.items()
        ]

    def _get_street_matches(self) -> dict[str, list[str]]:
        return self._street_matches

    def _get_answers(self) -> list[dict[str, Any]]:
        """Answers grouped by step, in order: [{stepLabel, rows: [{key, label, value}]}]."""
        if self._form is None:
            return []
        sections: list[dict[str, Any]] = []
        for row in self._form.answers(self._language, self._translate, self._format_date):
            if not sections or sections[-1]["stepName"] != row.step_name:
                sections.append(
                    {"stepName": row.step_name, "stepLabel": row.step_label, "rows": []}
                )
            sections[-1]["rows"].append(row.as_map())
        return sections

    def _get_confirmation(self) -> dict[str, Any]:
        if self._confirmation is None:
            return {}
        result = self._confirmation.as_map()
        result["serviceName"] = self._get_service_name()
        result["printMessage"] = self._print_message_text()
        result["printing"] = self._printing
        result["printed"] = self._printed
        result["practice"] = self._practice_done
        return result

    # -- guided mode ----------------------------------------------------------
    def _guiding(self) -> bool:
        return self._guided is not None and self._guided.active and self._form is not None

    def _get_guide(self) -> dict[str, Any]:
        if not self._guiding():
            return {}
        assert self._form is not None
        return form_guide.explanations(self._form, self._language)

    def _get_show_me_target(self) -> str:
        if not self._guiding() or self._guided is None or not self._guided.show_me:
            return ""
        assert self._form is not None
        if self._phase == "check":
            return "onBehalf" if self._on_behalf_needed() else "submit"
        return form_guide.show_me_target(self._form, self._errors)

    def _on_behalf_needed(self) -> bool:
        return self._guided is not None and self._guided.active and self._guided.on_behalf

    def _get_on_behalf_statement(self) -> str:
        if not self._on_behalf_needed():
            return ""
        definition = self._form.definition if self._form is not None else None
        return form_guide.on_behalf_consent(
            definition, self._language, lambda text: _tr(text, form_guide.CONTEXT)
        )

    def _get_on_behalf_agreed(self) -> bool:
        return self._on_behalf_agreed

    def _get_on_behalf_error(self) -> str:
        return _tr(CONSENT_NEEDED) if self._on_behalf_missing else ""

    @Slot(bool)
    def setOnBehalfAgreed(self, agreed: bool) -> None:
        self._on_behalf_agreed = bool(agreed)
        if agreed:
            self._on_behalf_missing = False
        self.stateChanged.emit()

    phase = Property(str, _get_phase, notify=stateChanged)
    problem = Property(dict, _get_problem, notify=stateChanged)
    serviceName = Property(str, _get_service_name, notify=stepChanged)
    stepTitle = Property(str, _get_step_title, notify=stepChanged)
    prefilledCount = Property(int, _get_prefilled_count, notify=stepChanged)
    stepNumber = Property(int, _get_step_number, notify=stepChanged)
    stepCount = Property(int, _get_step_count, notify=stepChanged)
    fields = Property(list, _get_fields, notify=stepChanged)
    errors = Property(list, _get_errors, notify=stepChanged)
    streetMatches = Property(dict, _get_street_matches, notify=streetMatchesChanged)
    answers = Property(list, _get_answers, notify=stepChanged)
    confirmation = Property(dict, _get_confirmation, notify=confirmationChanged)
    guide = Property(dict, _get_guide, notify=stepChanged)
    showMeTarget = Property(str, _get_show_me_target, notify=stepChanged)
    onBehalfStatement = Property(str, _get_on_behalf_statement, notify=stateChanged)
    onBehalfAgreed = Property(bool, _get_on_behalf_agreed, notify=stateChanged)
    onBehalfError = Property(str, _get_on_behalf_error, notify=stateChanged)

    # Python-side reads (tools and tests; QML uses the properties above).
    def current_phase(self) -> str:
        return self._phase

    def current_prefill_notice(self) -> str:
        return self._get_prefill_notice()

    def current_fields(self) -> list[dict[str, Any]]:
        return self._get_fields()

    def current_errors(self) -> list[dict[str, str]]:
        return self._get_errors()

    def current_confirmation(self) -> dict[str, Any]:
        return self._get_confirmation()

    def current_guide(self) -> dict[str, Any]:
        return self._get_guide()

    def current_show_me_target(self) -> str:
        return self._get_show_me_target()

    # -- filling in ---------------------------------------------------------
    @Slot(str, "QVariant")
    def setValue(self, key: str, value: Any) -> None:
        if self._form is None:
            return
        shown_before = [f.key for f in self._form.visible_fields()]
        self._form.set_value(key, _from_qml(value))
        rebuild = key in self._errors
        self._errors.pop(key, None)
        shown_after = [f.key for f in self._form.visible_fields()]
        field = self._form.definition.field(key)
        typed = field is not None and field.kind in TYPED_KINDS
        if rebuild or shown_before != shown_after or not typed:
            self.stepChanged.emit()

    @Slot(str, str)
    def toggleChoice(self, key: str, value: str) -> None:
        """A tick box of a multiple choice was tapped."""
        if self._form is None:
            return
        chosen = list(self._form.values.get(key) or [])
        if value in chosen:
            chosen.remove(value)
        else:
            chosen.append(value)
        self.setValue(key, chosen)

    @Slot(str, str)
    def searchStreets(self, key: str, text: str) -> None:
        if self._form is None:
            return
        field = self._form.definition.field(key)
        if field is None:
            return
        query = fold(text)
        names = [o.value for o in field.options]
        matches = [n for n in names if query in fold(n)] if query else names
        self._street_matches = {**self._street_matches, key: matches[:STREET_MATCHES_SHOWN]}
        self.streetMatchesChanged.emit()

    @Slot()
    def continueStep(self) -> None:
        if self._form is None:
            return
        errors = self._form.continue_(self._translate, self._language)
        self._errors = {e.key: e.message for e in errors}
        if errors:
            log.info(
                "form_step_invalid", extra={"service": self._service_code, "count": len(errors)}
            )
        elif self._form.at_check_answers:
            self._phase = "check"
            self.stateChanged.emit()
            self._navigate(Screen.CHECK_ANSWERS)
        self.stepChanged.emit()

    @Slot(result=bool)
    def back(self) -> bool:
        """Back inside the form; False on the first step (the screen then leaves the form)."""
        if self._form is None or not self._form.back():
            return False
        self._errors = {}
        self.stepChanged.emit()
        return True

    @Slot()
    def backFromCheck(self) -> None:
        if self._form is None:
            return
        self._form.leave_check_answers()
        self._phase = "step"
        self.stateChanged.emit()
        self.stepChanged.emit()
        self._navigate(Screen.FORM_STEP)

    @Slot(str)
    def change(self, key: str) -> None:
        if self._form is None:
            return
        self._form.change(key)
        self._phase = "step"
        self.stateChanged.emit()
        self.stepChanged.emit()
        self._navigate(Screen.FORM_STEP)

    # -- submitting ---------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        if self._form is None or self._phase == "submitting":
            return
        if self._on_behalf_needed() and not self._on_behalf_agreed:
            # Staff submit for someone not present: the person's consent must be confirmed.
            self._on_behalf_missing = True
            self.stateChanged.emit()
            return
        self._phase = "submitting"
        self._problem = {}
        self.stateChanged.emit()
        self._tasks.spawn(self._submit())

    def _request(self) -> SubmissionRequest:
        assert self._form is not None
        person = self._form.applicant()
        applicant = Applicant(
            given_names=(person.given_names if person else None) or "",
            surname=(person.surname if person else None) or "",
            personal_id=(person.personal_id if person else None) or "",
            birth_date=person.birth_date if person else None,
            source=_identity_source(person.source if person else "typed"),
        )
        return SubmissionRequest(
            service_code=self._service_code,
            form_version=self._form.definition.version,
            data=self._form.submission_data(),
            applicant=applicant,
            locale=self._language,
            contact=self._form.contact() or None,
            assisted_by=self._guided.assisted_by() if self._guided is not None else None,
        )

    async def _submit_open311(self, channel: Open311Petitions) -> None:
        assert self._form is not None
        try:
            receipt = await channel.submit(self._form.submission_data())
        except PortalError as error:
            self._phase = "check"
            log.info("petition_not_sent", extra={"service": self._service_code, "code": error.code})
            if error.transient:
                self._problem = {
                    "title": UNREACHABLE,
                    "detail": UNREACHABLE_DETAIL,
                    "canRetry": True,
                }
            else:
                detail = error.problem.detail or error.user_message
                self._problem = {"title": REFUSED, "detail": detail, "canRetry": False}
            self.stateChanged.emit()
            return
        self._finish(
            confirmation_for_open311(
                receipt,
                institution=self._institution(),
                translate=lambda text: _tr(text, "Confirmation"),
            ),
            personal_id="",
        )

    def _finish(self, confirmation: Confirmation, *, personal_id: str) -> None:
        assert self._form is not None
        self._confirmation = confirmation
        self._practice_done = self._practice
        self._masked_id = mask_personal_id(personal_id) if personal_id else ""
        # The answers are with the portal (or sealed in the outbox): drop the plain copy.
        self._form.wipe()
        self._form = None
        self._errors = {}
        self._phase = "done"
        log.info(
            "form_submitted", extra={"service": self._service_code, "outcome": confirmation.kind}
        )
        # Registered, received or kept in the outbox for later: the person's part is done.
        self._outcomes.service_completed(self._service_code)
        self._emit_all()
        self._navigate(Screen.CONFIRMATION)

    async def _submit_practice(self, mode: GuidedMode) -> None:
        """Practice: the local practice target, never the outbox, the portal or Open311."""
        request = self._request()
        outcome = await mode.practice_portal.submit(request)
        confirmation = confirmation_for(
            outcome,
            institution=self._institution(),
            translate=lambda text: _tr(text, "Confirmation"),
            format_date=self._format_date,
            practice=True,
        )
        self._finish(confirmation, personal_id=request.applicant.personal_id)

    async def _submit(self) -> None:
        assert self._form is not None
        if self._guided is not None and self._guided.practice:
            await self._submit_practice(self._guided)
            return
        channel = self._open311()
        if channel is not None:
            await self._submit_open311(channel)
            return
        sender = self._portal.sender
        if sender is None:
            self._phase = "check"
            self._problem = {"title": UNREACHABLE, "detail": UNREACHABLE_DETAIL, "canRetry": True}
            self.stateChanged.emit()
            return
        request = self._request()
        try:
            outcome = await sender.submit(request)
        except PortalValidationError as error:
            self._phase = "check"
            self._errors = self._portal_field_errors(error)
            log.info("form_refused", extra={"service": self._service_code, "code": error.code})
            if not self._errors:
                detail = error.problem.detail or error.user_message
                self._problem = {"title": REFUSED, "detail": detail, "canRetry": False}
            self.stateChanged.emit()
            self.stepChanged.emit()
            return
        except PortalError as error:
            self._phase = "check"
            log.info("form_refused", extra={"service": self._service_code, "code": error.code})
            self._problem = {"title": REFUSED, "detail": error.user_message, "canRetry": False}
            self.stateChanged.emit()
            return
        confirmation = confirmation_for(
            outcome,
            institution=self._institution(),
            translate=lambda text: _tr(text, "Confirmation"),
            format_date=self._format_date,
        )
        self._finish(confirmation, personal_id=request.applicant.personal_id)

    def _portal_field_errors(self, error: PortalError) -> dict[str, str]:
        """The portal's '/data/<field>' messages, already in the person's language."""
        found: dict[str, str] = {}
        for pointer, messages in error.field_errors.items():
            parts = pointer.strip("/").split("/")
            if len(parts) >= 2 and parts[0] == "data" and messages:
                found.setdefault(parts[1], messages[0])
        return found

    # -- receipt ------------------------------------------------------------
    @Slot()
    def printReceipt(self) -> None:
        if self._confirmation is None or self._printing:
            return
        self._printing = True
        self._print_message = ""
        self._print_problem = None
        self.confirmationChanged.emit()
        self._tasks.spawn(self._print(self._confirmation))

    def _print_message_text(self) -> str:
        if self._print_problem is not None:
            return f"{problem_sentence(self._print_problem)} {_tr(KEEP_NUMBERS)}"
        return _tr(self._print_message) if self._print_message else ""

    def _receipt(self, confirmation: Confirmation) -> PrintableReceipt:
        rows: list[tuple[str, str]] = [(_tr(LABEL_SERVICE), self._get_service_name())]
        if confirmation.registration_number:
            headline = len(rows)
            rows.append((_tr(LABEL_NUMBER), confirmation.registration_number))
        if confirmation.access_code:
            rows.append((_tr(LABEL_CODE), confirmation.access_code))
        if confirmation.expected:
            rows.append((_tr(LABEL_EXPECTED), confirmation.expected))
        if not confirmation.registration_number:
            headline = len(rows)  # no number yet: the reference is what to keep
        rows.append((_tr(LABEL_REFERENCE), confirmation.client_reference))
        if self._masked_id:
            rows.append((_tr(LABEL_PERSON), self._masked_id))
        return PrintableReceipt(
            kind=ReceiptKind.PROVISIONAL
            if confirmation.kind == "saved"
            else ReceiptKind.SUBMISSION,
            language=self._language,
            title=_tr(RECEIPT_TITLE),
            lines=tuple(rows),
            qr_text=confirmation.status_url,
            notes=(confirmation.next_steps, confirmation.contact),
            headline=headline,
            practice=self._practice_done,
        )

    async def _print(self, confirmation: Confirmation) -> None:
        try:
            result = await self._printer.print_receipt(self._receipt(confirmation))
        finally:
            self._printing = False
        self._print_message = {
            PrintOutcome.PRINTED: PRINTED,
            PrintOutcome.UNAVAILABLE: NO_PRINTER,
        }.get(result, PRINT_FAILED)
        printed = result is PrintOutcome.PRINTED
        self._printed = self._printed or printed
        self._print_problem = None if printed else problem_of(self._printer)
        log.info("receipt_print", extra={"service": self._service_code, "outcome": result.value})
        self.confirmationChanged.emit()

    # -- ending -------------------------------------------------------------
    def wipe(self) -> None:
        self._tasks.cancel_all()
        if self._form is not None:
            self._form.wipe()
        self._reset()
        self._emit_all()

    def _emit_all(self) -> None:
        self.stateChanged.emit()
        self.stepChanged.emit()
        self.streetMatchesChanged.emit()
        self.confirmationChanged.emit()


def _identity_source(source: str) -> IdentitySource:
    return "mrz" if source == "mrz" else "chip" if source == "chip" else "typed"


class _NotConnected(Exception):
    """No portal connection yet (or none configured)."""


def _for_qml(field: FieldDef, value: Any) -> Any:
    """What a widget shows: text for typed fields, the raw choice for tiles."""
    if value is not None:
        return value
    if field.kind is FieldKind.MULTI_CHOICE:
        return []
    if field.kind in (FieldKind.YES_NO, FieldKind.CONSENT):
        return None  # not answered yet: neither Yes nor No is shown as chosen
    return ""


def _from_qml(value: Any) -> Any:
    """QML hands over JS values; empty text means 'no answer'."""
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, list | tuple) and not value:
        return None
    return value
