"""Inviting and reminding families by text and email (issue 19).

`protocol` is the one shape every sender speaks: what to send (`OutgoingMessage`) and what came of it
(`SendOutcome`). Contacts, consent and what falls due live beside it; the senders (GOV.UK Notify,
SMTP, the in-app outbox) and the job queue that runs them are separate modules.
"""
