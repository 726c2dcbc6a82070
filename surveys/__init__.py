"""The system of record and web shell: models, sign-in, cases and waves, the family questionnaire."""
