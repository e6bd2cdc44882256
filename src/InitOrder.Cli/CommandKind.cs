namespace InitOrder.Cli;

internal enum CommandKind
{
    Help,
    Version,
    Check,
}
