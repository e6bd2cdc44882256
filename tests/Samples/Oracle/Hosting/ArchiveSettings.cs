namespace OracleHosting;

/// <summary>Bound only in Main, after every patch.</summary>
public sealed class ArchiveSettings
{
    private string _folder = "";

    public string Folder
    {
        get => _folder;
        set => _folder = ArchiveDefaults.Root + value;
    }
}
