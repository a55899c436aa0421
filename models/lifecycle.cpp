namespace ReleaseDesk {}
