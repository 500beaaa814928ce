"""Placeholder replaced below."""
def write_report(story, out_dir):
    return None
