"""The family questionnaire: its pages, personal links, and saving and sending answers."""
